/** Version of @readycheck/smoke. */
export const version = '0.1.0';
