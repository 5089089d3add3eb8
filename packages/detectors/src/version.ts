/** Version of @readycheck/detectors. */
export const version = '0.1.0';
