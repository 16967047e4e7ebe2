/** Job profiles: the level each role needs of each item, and the targets they give people. */
package org.skillboard.jobprofile;
