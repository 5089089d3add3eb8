/** Version of @readycheck/monitor. */
export const version = '0.1.0';
