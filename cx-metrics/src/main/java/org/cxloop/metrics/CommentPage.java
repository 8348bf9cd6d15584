package org.cxloop.metrics;

import java.util.List;

/** One page of comments, newest first, and how many match in all. */
public record CommentPage(List<CommentEntry> entries, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
