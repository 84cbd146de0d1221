/** Where the studio page fetches the studio's logs for support (host token as a Bearer header). */
export const SUPPORT_LOGS_PATH = '/api/support/logs';
