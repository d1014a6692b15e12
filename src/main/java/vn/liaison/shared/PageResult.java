package vn.liaison.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: the items, the page number (from 0), the page size and the total count. A very long list
 * may be counted only up to a cap: then {@code totalExact} is false and {@code total} is "at least".
 */
public record PageResult<T>(List<T> items, int page, int size, long total, boolean totalExact) {

    public PageResult(List<T> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total, totalExact);
    }
}
