import ArgumentParser
import Cartography
import GIS
import MapPrint

/// The map command's typed options: enums parse by name (ArgumentParser lists the names
/// on a bad value), the others through Cartography's checks; a bad value is a usage
/// error (exit 64) naming the flag and what is expected.
extension ThemeKind: ExpressibleByArgument {}
extension ClassificationMethod: ExpressibleByArgument {}

enum MapArguments {
    /// `--page`: a page name or WxH in mm that leaves room for the map.
    static func page(_ text: String) throws -> PageSize {
        do { return try PageSize.parse(text) } catch { throw ValidationError(error.description) }
    }

    /// `--breaks`: ascending plain decimal numbers.
    static func breaks(_ text: String) throws -> [Double] {
        do { return try ManualBreaks.parse(text) } catch { throw ValidationError(error.description) }
    }

    /// `--scale`: N of 1:N, a plain decimal in ``MapSpec/scaleRange``.
    static func scale(_ text: String) throws -> Double {
        guard let d = DecimalNumber.parse(text) else {
            throw ValidationError(StatusMessage.mapScaleNotDecimal.format(text))
        }
        guard MapSpec.scaleRange.contains(d) else { throw ValidationError(StatusMessage.mapScaleRange.format(MapSpec.scaleRangeText, text)) }
        return d
    }

    /// `--dpi`: dots per inch of a PNG, a plain decimal in ``SVGPrinter/dpiRange``.
    static func dpi(_ text: String) throws -> Double {
        guard let d = DecimalNumber.parse(text), SVGPrinter.dpiRange.contains(d) else {
            throw ValidationError(StatusMessage.mapDPIRange.format(String(Int(SVGPrinter.dpiRange.lowerBound)), String(Int(SVGPrinter.dpiRange.upperBound)), text))
        }
        return d
    }

    /// `--palette`: a ColorBrewer name.
    static func palette(_ text: String) throws -> String {
        guard ColorBrewer.kind(of: text) != nil else {
            throw ValidationError(StatusMessage.mapUnknownPalette.format(text, DidYouMean.hint(for: text, among: ColorBrewer.names), ColorBrewer.names.joined(separator: ", ")))
        }
        return text
    }
}
