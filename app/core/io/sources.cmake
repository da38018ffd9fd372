target_sources(rexcore PRIVATE
    io/DocumentJson.h io/JsonWriter.cpp io/DocumentJsonWriter.cpp io/DocumentJsonReader.cpp
    io/ActionExport.h io/ActionExport.cpp
    io/CorpusExport.h io/CorpusExport.cpp
    io/Citation.h io/Citation.cpp
    io/AtomicWrite.h io/AtomicWrite.cpp
    io/FileNames.h io/FileNames.cpp
    io/FileRead.h io/FileRead.cpp
)
