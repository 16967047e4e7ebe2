/** A member's own page: the items her role needs and those she holds, her levels and targets, and a guided self-assessment. */
package org.skillboard.myskills;
