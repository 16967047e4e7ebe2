# Sourced by ./mvnw before Maven starts: Skillboard needs a JDK 21 or newer, and many machines
# keep an older default `java` with a newer JDK installed beside it. When the JDK in use
# (JAVA_HOME, else `java` on the path) is older than 21, look for the newest JDK >= 21 in the
# usual places and use it; when there is none, say what to install and stop.
# Set SKILLBOARD_JDK_SEARCH=off to leave JAVA_HOME exactly as it is; SKILLBOARD_JDK_DIRS (glob
# patterns) replaces the places searched.

skillboard_jdk_major() {
  # The `release` file every JDK ships says its version without starting a JVM.
  _v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1)
  if [ -z "$_v" ] && [ -x "$1/bin/java" ]; then
    _v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = \([0-9][0-9]*\).*/\1/p' | head -n 1)
  fi
  [ "$_v" = 1 ] && _v=8
  printf %s "$_v"
}

skillboard_current_jdk() {
  if [ -n "${JAVA_HOME-}" ]; then
    printf %s "$JAVA_HOME"
  else
    _java=$(command -v java 2>/dev/null) || return 0
    _java=$(readlink -f "$_java" 2>/dev/null || printf %s "$_java")
    printf %s "${_java%/bin/java}"
  fi
}

skillboard_find_jdk() {
  _best="" _best_major=0
  set +f # mvnw runs with globbing off; the search needs it
  for _home in ${SKILLBOARD_JDK_DIRS:-/usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/*/jdk* \
      ${HOME-}/.sdkman/candidates/java/* ${HOME-}/.jdks/* ${HOME-}/.asdf/installs/java/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home}; do
    [ -x "$_home/bin/java" ] && [ -x "$_home/bin/javac" ] || continue
    _major=$(skillboard_jdk_major "$_home")
    [ -n "$_major" ] || continue
    if [ "$_major" -ge 21 ] && [ "$_major" -gt "$_best_major" ]; then
      _best=$_home _best_major=$_major
    fi
  done
  set -f
  printf %s "$_best"
}

if [ "${SKILLBOARD_JDK_SEARCH-}" != off ]; then
  _current=$(skillboard_current_jdk)
  _current_major=""
  [ -n "$_current" ] && _current_major=$(skillboard_jdk_major "$_current")
  if [ -z "$_current_major" ] || [ "$_current_major" -lt 21 ]; then
    _found=$(skillboard_find_jdk)
    if [ -n "$_found" ]; then
      echo "mvnw: using the JDK $(skillboard_jdk_major "$_found") at $_found (the default is ${_current_major:-none}; Skillboard needs 21+)" >&2
      JAVA_HOME=$_found
      export JAVA_HOME
    else
      echo "Skillboard needs a JDK 21 or newer, and none was found (the JDK in use is ${_current_major:-none})." >&2
      echo "Install one, for example 'apt-get install openjdk-21-jdk-headless' or a build from https://adoptium.net," >&2
      echo "then run this again, or point JAVA_HOME at it." >&2
      exit 1
    fi
  fi
fi
