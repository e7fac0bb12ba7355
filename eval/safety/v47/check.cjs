// Counts only; the logic is shared with the other held-out sets.
require("../check-set.cjs")(__dirname);
