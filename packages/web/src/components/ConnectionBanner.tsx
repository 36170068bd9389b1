/** The one banner that says the server is away (and work is kept on this device) or back (and work is saved). */
import { useConnection } from '../connection.js';

export function ConnectionBanner() {
  const status = useConnection();
  return (
    <div className="banner-region" role="status" aria-live="polite" aria-atomic="true">
      {status === 'offline' && (
        <p className="banner banner--offline" data-testid="banner-offline">
          <span aria-hidden="true">⚠</span>
          <span>
            <strong>The server can’t be reached.</strong> Keep going: what you type is kept on this device and will be
            saved as soon as the server is back.
          </span>
        </p>
      )}
      {status === 'reconnected' && (
        <p className="banner banner--online" data-testid="banner-saved">
          <span aria-hidden="true">✓</span>
          <span>
            <strong>Connected again.</strong> Everything you typed is saved.
          </span>
        </p>
      )}
    </div>
  );
}
