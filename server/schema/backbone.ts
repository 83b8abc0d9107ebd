/**
 * The backbone's significance level, shared by the server (each tie's disparity α) and the explorer (which
 * ties it draws by default). Free of zod: the explorer imports it as a value.
 */

/** Ties with disparity α below this are the backbone; the paper's examples use 0.01…0.05. */
export const BACKBONE_ALPHA = 0.05;
