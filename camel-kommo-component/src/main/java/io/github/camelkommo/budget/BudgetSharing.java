package io.github.camelkommo.budget;

/**
 * How a budget is shared with other JVMs.
 *
 * @param store            where the shared budget lives
 * @param key              the budget's key in the store (no secret: an account's base URL or the user's budgetKey)
 * @param fallbackReplicas while the store cannot be reached, each replica sends at most
 *                         {@code requestsPerSecond / fallbackReplicas} on its own; 0 sends nothing until it returns
 */
public record BudgetSharing(BudgetStore store, String key, int fallbackReplicas) {

    public BudgetSharing {
        if (fallbackReplicas < 0) {
            throw new IllegalArgumentException("budgetReplicas must be 0 or more, was " + fallbackReplicas);
        }
    }
}
