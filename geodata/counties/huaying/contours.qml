<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="Symbology|Fields">
<renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0"><symbols><symbol type="line" name="0" alpha="1" clip_to_extent="1" force_rhr="0"><layer class="SimpleLine" enabled="1" pass="0" locked="0"><prop k="line_color" v="140,109,79,255"/><prop k="line_width" v="0.25"/><prop k="line_width_unit" v="Point"/><prop k="line_style" v="solid"/><prop k="capstyle" v="round"/><prop k="joinstyle" v="round"/></layer></symbol></symbols></renderer-v2>
<aliases><alias field="elevation_m" index="0" name="海拔_米"/><alias field="source" index="1" name="数据来源"/></aliases>
</qgis>
