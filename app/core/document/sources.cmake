target_sources(rexcore PRIVATE
    document/Document.h document/Document.cpp
    document/Involvement.h document/Involvement.cpp
    document/Gazetteer.h document/Gazetteer.cpp
)
