# Sourced by ./mvnw: points JAVA_HOME at a JDK of version 21 or newer, or stops with a clear message.
# The portal's libraries (Vaadin 25, Spring Boot 4) are compiled for Java 21.

portal_jdk_major() {
  # Prints the major version of the JDK at $1, or nothing if it is not a JDK.
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
  else
    "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1
  fi
}

portal_find_jdk() {
  set +f # mvnw turns globbing off; the search below needs it
  best="" best_major=0
  path_java=$(command -v java 2>/dev/null || true)
  path_home=""
  [ -n "$path_java" ] && path_home=$(dirname "$(dirname "$(readlink -f "$path_java")")")
  for candidate in "${JAVA_HOME-}" /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
    /Library/Java/JavaVirtualMachines/*/Contents/Home "$path_home"; do
    [ -n "$candidate" ] && [ -d "$candidate" ] || continue
    major=$(portal_jdk_major "$candidate")
    [ -n "$major" ] || continue
    # A JAVA_HOME that is new enough wins: the person chose it.
    if [ "$candidate" = "${JAVA_HOME-}" ] && [ "$major" -ge 21 ]; then
      best=$candidate
      break
    fi
    if [ "$major" -gt "$best_major" ]; then
      best=$candidate best_major=$major
    fi
  done
  if [ -z "$best" ] || { [ "$best" != "${JAVA_HOME-}" ] && [ "$best_major" -lt 21 ]; }; then
    echo "The portal needs a Java Development Kit (JDK), version 21 or newer, and none was found." >&2
    echo "Install one (for example: apt-get install openjdk-21-jdk-headless, or Eclipse Temurin 21 or 25)," >&2
    echo "or set JAVA_HOME to a JDK 21+ and run the command again." >&2
    exit 1
  fi
  JAVA_HOME=$best
  export JAVA_HOME
  set -f
}

portal_find_jdk
