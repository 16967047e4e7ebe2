package org.skillboard.maturity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.skillboard.base.TenantOwnedEntity;

/** One of the two or three changes a worksheet names as critical for reaching the ambition. */
@Entity
@Table(name = "maturity_change")
class CriticalChange extends TenantOwnedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id", updatable = false)
    private MaturityAssessment assessment;

    @Column(name = "change_no", nullable = false)
    private int number;

    @Column(nullable = false)
    private String description;

    @Column(name = "owner_name")
    private String owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    protected CriticalChange() {
    }

    CriticalChange(MaturityAssessment assessment, int number, String description, String owner, LocalDate dueOn) {
        this.assessment = assessment;
        this.number = number;
        describe(description, owner, dueOn);
    }

    void describe(String newDescription, String newOwner, LocalDate newDueOn) {
        this.description = newDescription;
        this.owner = newOwner;
        this.dueOn = newDueOn;
    }

    int getNumber() {
        return number;
    }

    WorksheetAnswers.Change answer() {
        return new WorksheetAnswers.Change(description, owner, dueOn);
    }
}
