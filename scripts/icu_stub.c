/* An empty ICU data library for the desktop bundle (build.spec): the symbol QtCore's ICU looks for, holding an
 * empty table of contents, as ICU's own "stubdata" does. Qt then finds no ICU data (32 MB of every language's
 * collation, break rules and converters), which Drøftelse never uses: it sorts and formats in Python, reads and
 * writes UTF-8 only, and Qt's own locale data (not ICU's) gives the Danish dialogs. */
typedef struct {
    unsigned short headerSize;
    unsigned char magic1, magic2;
    unsigned short size, reservedWord;
    unsigned char isBigEndian, charsetFamily, sizeofUChar, reservedByte;
    unsigned char dataFormat[4], formatVersion[4], dataVersion[4];
    char padding[8]; /* the header is 32 bytes */
    unsigned int count, reserved;
    const void *toc[2];
} EmptyData;

__attribute__((visibility("default"))) const EmptyData icudt73_dat = {
    32, 0xda, 0x27, 20, 0, 0, 0, 2, 0, {0x54, 0x6f, 0x43, 0x50}, {1, 0, 0, 0}, {0, 0, 0, 0}, {0}, 0, 0, {0, 0},
};
