package io.mtlbalance.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code mtlbalance list} shows every bound protocol with its description. */
class ListCommandTest {

    @Test
    void listShowsProtocolSection() {
        CommandLineErrorsTest.Result result = CommandLineErrorsTest.run("list");

        assertEquals(0, result.status(), result.err());
        String protocols = result.out().substring(result.out().indexOf("Protocols:"));
        assertTrue(protocols.contains("alpha-sweep"), result.out());
        assertTrue(protocols.contains("grid-search"), result.out());
        assertTrue(protocols.contains("single-task  one network per task"), result.out());
    }

    @Test
    void listShowsGradNormStatic() {
        CommandLineErrorsTest.Result result = CommandLineErrorsTest.run("list");

        assertTrue(result.out().contains("gradnorm-static"), result.out());
        assertTrue(result.out().contains("GradNorm static, Chen et al., ICML 2018"), result.out());
    }
}
