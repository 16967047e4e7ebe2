package org.skillboard.myskills;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.skillboard.base.TenantOwnedEntity;

/** When a member last saw her start page: what "since your last visit" counts from. One per account. */
@Entity
@Table(name = "member_visit")
class MemberVisit extends TenantOwnedEntity {

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected MemberVisit() {
    }

    MemberVisit(long accountId, Instant seenAt) {
        this.accountId = accountId;
        this.seenAt = seenAt;
    }

    Instant getSeenAt() {
        return seenAt;
    }
}
