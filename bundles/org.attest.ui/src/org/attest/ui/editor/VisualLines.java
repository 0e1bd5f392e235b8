package org.attest.ui.editor;

import org.eclipse.swt.custom.StyledText;

/** Where a wrapped text's visual lines break, for painting a span line by line rather than as one box. */
public final class VisualLines {

    private VisualLines() {
    }

    /**
     * Returns the last offset before {@code end} that lies on the same visual line as {@code pos}, found by bisection
     * (offsets on one visual line are consecutive); {@code pos} itself when {@code end <= pos + 1}.
     */
    public static int lastOnLine(StyledText text, int pos, int end) {
        int y = text.getTextBounds(pos, pos).y;
        int lo = pos;
        int hi = Math.max(pos, end - 1);
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (text.getTextBounds(mid, mid).y == y) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
