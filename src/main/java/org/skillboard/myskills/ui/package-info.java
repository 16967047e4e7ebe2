/** The "My skills" page and its step-by-step self-assessment. */
package org.skillboard.myskills.ui;
