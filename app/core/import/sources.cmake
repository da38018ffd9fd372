target_sources(rexcore PRIVATE
    import/SummaryBlocks.h
    import/SummaryReaders.h
    import/MarkdownSummaryReader.cpp
    import/PlainTextSummaryReader.cpp
    import/HtmlInput.h import/HtmlInput.cpp
    import/HtmlSummaryReader.cpp
    import/BlockNormaliser.cpp
    import/SummaryText.h import/SummaryText.cpp
    import/VoteSentence.h import/VoteSentence.cpp
    import/TextScan.h import/TextScan.cpp
    import/KeywordScanner.h import/KeywordScanner.cpp
    import/ThemeCatalog.h import/ThemeCatalog.cpp
    import/ActionExtractor.h import/ActionExtractor.cpp
    import/StatementBuilder.h import/StatementBuilder.cpp
    import/RoleClassifier.h import/RoleClassifier.cpp
    import/DocumentBuilder.h import/DocumentBuilder.cpp
    import/DocumentLoader.h import/DocumentLoader.cpp
)
