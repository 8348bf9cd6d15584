package org.cxloop.core.customer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CustomerRepository extends JpaRepository<Customer, Long> {

    Optional<Customer> findByExternalId(String externalId);

    @Query("select distinct c.segment from Customer c where c.segment is not null order by c.segment")
    List<String> findDistinctSegments();

    @Query("""
            select c from Customer c
            where lower(c.name) like :pattern escape '\\'
               or lower(c.email) like :pattern escape '\\'
               or lower(c.externalId) like :pattern escape '\\'
            """)
    Page<Customer> search(@Param("pattern") String pattern, Pageable pageable);
}
