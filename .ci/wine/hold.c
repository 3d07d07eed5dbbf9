/* Holds a file open the way a PDF viewer on Windows does (others may read it, nobody
 * may delete or replace it) for a number of seconds: hold.exe FILE SECONDS. Prints
 * "holding" once the file is open. */
#include <windows.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: hold FILE SECONDS\n");
        return 2;
    }
    HANDLE file = CreateFileA(argv[1], GENERIC_READ, FILE_SHARE_READ, NULL, OPEN_EXISTING, 0, NULL);
    if (file == INVALID_HANDLE_VALUE) {
        fprintf(stderr, "hold: cannot open %s (error %lu)\n", argv[1], GetLastError());
        return 1;
    }
    printf("holding\n");
    fflush(stdout);
    Sleep(1000 * atoi(argv[2]));
    CloseHandle(file);
    return 0;
}
