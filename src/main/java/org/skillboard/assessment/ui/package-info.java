/** Dialogs and screens for recording assessments and their settings; the heatmap opens the assessment dialog. */
@NamedInterface("ui")
package org.skillboard.assessment.ui;

import org.springframework.modulith.NamedInterface;
