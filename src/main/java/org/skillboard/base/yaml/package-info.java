/** Reading YAML files with line and column in every problem, for tenants and frameworks as code. */
@NamedInterface("yaml")
package org.skillboard.base.yaml;

import org.springframework.modulith.NamedInterface;
