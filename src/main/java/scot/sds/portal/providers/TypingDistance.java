package scot.sds.portal.providers;

/**
 * How many typing mistakes turn one word into another: a letter missed, added, changed, or two swapped
 * (optimal string alignment distance), worked out only as far as a limit.
 */
final class TypingDistance {

    private TypingDistance() {}

    static boolean within(String typed, String word, int most) {
        int[][] cost = new int[typed.length() + 1][word.length() + 1];
        for (int i = 0; i <= typed.length(); i++) {
            cost[i][0] = i;
        }
        for (int j = 0; j <= word.length(); j++) {
            cost[0][j] = j;
        }
        for (int i = 1; i <= typed.length(); i++) {
            int best = Integer.MAX_VALUE;
            for (int j = 1; j <= word.length(); j++) {
                int change = typed.charAt(i - 1) == word.charAt(j - 1) ? 0 : 1;
                cost[i][j] = Math.min(Math.min(cost[i - 1][j] + 1, cost[i][j - 1] + 1), cost[i - 1][j - 1] + change);
                if (i > 1 && j > 1 && typed.charAt(i - 1) == word.charAt(j - 2)
                        && typed.charAt(i - 2) == word.charAt(j - 1)) {
                    cost[i][j] = Math.min(cost[i][j], cost[i - 2][j - 2] + 1);
                }
                best = Math.min(best, cost[i][j]);
            }
            if (best > most) {
                return false;
            }
        }
        return cost[typed.length()][word.length()] <= most;
    }
}
