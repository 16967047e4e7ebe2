package org.skillboard.assessment.sheets;

import java.util.List;
import org.springframework.data.repository.Repository;

interface AssessmentImportRepository extends Repository<AssessmentImport, Long> {

    AssessmentImport save(AssessmentImport record);

    List<AssessmentImport> findTop50ByOrderByImportedAtDesc();
}
