package io.mtlbalance.reports;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Comparator;

/** Orders names so that runs of digits compare as numbers: {@code toy-t2} before {@code toy-t10}. */
final class NaturalOrder {

    /** Compares paths by their file names in natural order, then by the full path. */
    static final Comparator<Path> BY_FILE_NAME = Comparator
            .comparing((Path path) -> String.valueOf(path.getFileName()), NaturalOrder::compareNames)
            .thenComparing(Comparator.naturalOrder());

    private NaturalOrder() {}

    static int compareNames(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            char a = left.charAt(i);
            char b = right.charAt(j);
            if (Character.isDigit(a) && Character.isDigit(b)) {
                int leftEnd = digitsEnd(left, i);
                int rightEnd = digitsEnd(right, j);
                int byNumber = new BigInteger(left.substring(i, leftEnd)).compareTo(new BigInteger(right.substring(j, rightEnd)));
                if (byNumber != 0) {
                    return byNumber;
                }
                i = leftEnd;
                j = rightEnd;
            } else {
                if (a != b) {
                    return Character.compare(a, b);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(left.length() - i, right.length() - j);
    }

    private static int digitsEnd(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
