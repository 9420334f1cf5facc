package scot.sds.portal.handoff.api;

/** A query parameter the API cannot act on, named so the client can put it right. */
class BadParameter extends RuntimeException {

    private final String parameter;

    BadParameter(String parameter, String problem) {
        super(parameter + ": " + problem);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
