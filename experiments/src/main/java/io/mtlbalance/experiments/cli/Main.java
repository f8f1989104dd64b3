package io.mtlbalance.experiments.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/** Entry point of the {@code mtlbalance} command line. */
public final class Main {

    private Main() {}

    /** Runs the command line and exits with its status: 0 on success, 2 for invalid input, 1 otherwise. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit status instead of exiting; tests call this. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** Returns the configured command line, so that callers can redirect its output streams. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new MtlbalanceCommand());
        commandLine.setExecutionExceptionHandler(Main::handle);
        return commandLine;
    }

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException || isDatasetError(e)) {
            err.println("mtlbalance: " + e.getMessage());
            err.flush();
            return 2;
        }
        err.println("mtlbalance: " + e);
        e.printStackTrace(err);
        err.flush();
        return 1;
    }

    /** Dataset file errors are the user's input too; match by name to keep this class free of their type. */
    private static boolean isDatasetError(Exception e) {
        return e.getClass().getPackageName().startsWith("io.mtlbalance.datasets");
    }
}
