package org.cxloop.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.cxloop.core.customer.Customers;
import org.junit.jupiter.api.Test;

class DemoDataLoaderTests {

    private final Customers customers = mock(Customers.class);
    private final DemoDataWriter writer = mock(DemoDataWriter.class);
    private final DemoDataLoader loader = new DemoDataLoader(customers, writer,
            Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void loadsTheDemoIntoADatabaseWithoutCustomers() {
        when(customers.count()).thenReturn(0L);

        assertThat(loader.loadIfEmpty()).isTrue();
        verify(writer).write(any(DemoDataSet.class));
    }

    @Test
    void leavesADatabaseWithCustomersAlone() {
        when(customers.count()).thenReturn(1L);

        assertThat(loader.loadIfEmpty()).isFalse();
        verifyNoInteractions(writer);
    }
}
