package scot.sds.portal.providers;

/** Published when an import has changed the directory, so searches see the change once it is committed. */
record DirectoryChanged(Source source) {}
