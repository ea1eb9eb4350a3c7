import Foundation
import GIS
import Reports

/// The report of a comparison folder (`compare --out`).
struct ComparisonFolderReport {
    var reader: RunFolderReader
    var maps: ReportMaps?
    var lang: ReportLanguage
    var rankBy: [String]?

    func document(_ folder: String) throws -> HTMLDocument {
        throw MapInputError("\(folder): comparison reports are not built yet")
    }
}
