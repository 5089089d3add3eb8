/** Version of @readycheck/evidence. */
export const version = '0.1.0';
