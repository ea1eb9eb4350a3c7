<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="Symbology|Fields">
<renderer-v2 type="singleSymbol" symbollevels="0" enableorderby="0" forceraster="0"><symbols><symbol type="fill" name="0" alpha="1" clip_to_extent="1" force_rhr="0"><layer class="SimpleFill" enabled="1" pass="0" locked="0"><prop k="color" v="0,0,0,0"/><prop k="style" v="no"/><prop k="outline_color" v="34,34,34,255"/><prop k="outline_width" v="1.6"/><prop k="outline_width_unit" v="Point"/><prop k="outline_style" v="solid"/></layer></symbol></symbols></renderer-v2>
<aliases><alias field="name" index="0" name="名称"/><alias field="adcode" index="1" name="行政区划代码"/><alias field="source" index="2" name="数据来源"/></aliases>
</qgis>
