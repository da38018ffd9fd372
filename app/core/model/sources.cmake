target_sources(rexcore PRIVATE
    model/ModelRoles.h
    model/ActionFilter.h model/ActionFilter.cpp model/ActionFilterIndex.cpp
    model/AcceptedActions.h model/AcceptedActions.cpp
    model/SelectionState.h model/SelectionState.cpp
    model/FilterHistory.h model/FilterHistory.cpp
    model/ResolutionModel.h model/ResolutionModel.cpp
    model/SectionTreeModel.h model/SectionTreeModel.cpp
    model/ActionTableModel.h model/ActionTableModel.cpp
    model/ActionFilterProxy.h model/ActionFilterProxy.cpp
    model/EntityListModel.h model/EntityListModel.cpp
    model/CorpusStatementModel.h model/CorpusStatementModel.cpp
)
