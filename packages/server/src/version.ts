/** The server's version, shown on the home page and in the API document. */
export const VERSION = '0.1.0';
