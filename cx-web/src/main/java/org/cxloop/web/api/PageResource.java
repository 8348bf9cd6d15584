package org.cxloop.web.api;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a list, with what a client needs to fetch the next. */
record PageResource<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    static <S, T> PageResource<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageResource<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
