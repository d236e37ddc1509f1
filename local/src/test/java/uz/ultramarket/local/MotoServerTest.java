package uz.ultramarket.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MotoServerTest {
    @TempDir Path home;

    @Test
    void aMissingMotoNamesHowToInstallIt() {
        var missing = assertThrows(IllegalStateException.class, () -> MotoServer.start(home.resolve("moto.log"), FreePort.pick(), home.toString(), home));
        assertTrue(missing.getMessage().contains("pip install 'moto[server]'"), missing.getMessage());
    }

    @Test
    void pyenvShimsAreSearchedAfterPath() throws IOException {
        var shims = Files.createDirectories(home.resolve(".pyenv/shims"));
        var moto = Files.createFile(shims.resolve("moto_server"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertEquals(Optional.of(moto), MotoServer.locate("/nonexistent:" + home.resolve("bin"), home));
    }
}
