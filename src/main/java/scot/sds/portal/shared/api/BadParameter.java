package scot.sds.portal.shared.api;

/** A query parameter an API cannot act on, named so the client can put it right. */
public class BadParameter extends RuntimeException {

    private final String parameter;

    public BadParameter(String parameter, String problem) {
        super(parameter + ": " + problem);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
