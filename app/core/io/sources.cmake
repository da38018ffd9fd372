target_sources(rexcore PRIVATE
    io/DocumentJson.h io/DocumentJson.cpp
    io/ActionExport.h io/ActionExport.cpp
    io/AtomicWrite.h io/AtomicWrite.cpp
)
