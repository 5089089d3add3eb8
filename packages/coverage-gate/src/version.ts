/** Version of @readycheck/coverage-gate. */
export const version = '0.1.0';
