/** Version of @readycheck/health. */
export const version = '0.1.0';
