package io.mtlbalance.experiments.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Guice injector: the built-in module, every module listed in
 * {@code META-INF/services/com.google.inject.Module} on the class path, and modules named by
 * class on the command line.
 */
public final class Bootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(Bootstrap.class);

    private Bootstrap() {}

    /**
     * Returns the registry of everything bound, with the engine's default thread count.
     *
     * @param moduleClasses fully qualified names of extra Guice modules with a public no-argument
     *     constructor
     * @throws IllegalArgumentException naming a module class that cannot be loaded
     */
    public static Registry registry(List<String> moduleClasses) {
        return registry(moduleClasses, BuiltinModule.DEFAULT_ENGINE_THREADS);
    }

    /**
     * Returns the registry of everything bound.
     *
     * @param moduleClasses fully qualified names of extra Guice modules with a public no-argument
     *     constructor
     * @param engineThreads intra-op threads of the built-in engine, at least 1
     * @throws IllegalArgumentException naming a module class that cannot be loaded, or a thread
     *     count below 1
     */
    public static Registry registry(List<String> moduleClasses, int engineThreads) {
        List<Module> modules = new ArrayList<>();
        modules.add(new BuiltinModule(engineThreads));
        for (Module module : ServiceLoader.load(Module.class)) {
            LOG.info("Loaded extension module {} from META-INF/services", module.getClass().getName());
            modules.add(module);
        }
        for (String name : moduleClasses) {
            modules.add(instantiate(name));
            LOG.info("Loaded extension module {} from the command line", name);
        }
        Injector injector = Guice.createInjector(modules);
        return injector.getInstance(Registry.class);
    }

    private static Module instantiate(String className) {
        try {
            Class<?> type = Class.forName(className);
            if (!Module.class.isAssignableFrom(type)) {
                throw new IllegalArgumentException("--module " + className + " is not a com.google.inject.Module");
            }
            return (Module) type.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(
                    "--module " + className + " was not found on the class path; add its jar with -cp or CLASSPATH", e);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalArgumentException(
                    "--module " + className + " could not be created; it needs a public no-argument constructor", e);
        }
    }
}
