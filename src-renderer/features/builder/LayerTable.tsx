import { useTranslation } from 'react-i18next';
import type { LayerRow } from '../../../src-shared/contract';
import { layerTitle } from '../../../src-shared/graph/layer-texts';
import { formatShape } from '../../../src-shared/graph/shape';
import { formatCount } from '../../ui/display-format';

/** The model as a list: each layer's name, kind, output shape and parameter count. */
export function LayerTable({ layers, totalParams, issueNodes }: { layers: LayerRow[]; totalParams: number; issueNodes: Set<string> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'es' ? 'es' : 'en';
  return (
    <div className="table-scroll">
      <table className="table layer-table" data-testid="layer-table">
        <thead>
          <tr>
            <th className="num">#</th>
            <th>{t('model.layers.name')}</th>
            <th>{t('model.layers.kind')}</th>
            <th>{t('model.layers.outputShape')}</th>
            <th className="num">{t('model.layers.params')}</th>
          </tr>
        </thead>
        <tbody>
          {layers.map((layer, i) => (
            <tr key={layer.nodeId} data-testid="layer-row" data-kind={layer.kind} className={issueNodes.has(layer.nodeId) ? 'row-issue' : undefined}>
              <td className="num muted">{i + 1}</td>
              <td>
                <strong>{layer.name}</strong>
              </td>
              <td>{layerTitle(layer.kind, lang)}</td>
              <td className="mono" data-testid="layer-shape">
                {layer.outputShape ? formatShape(layer.outputShape) : <span className="muted">{t('model.layers.unknownShape')}</span>}
              </td>
              <td className="num" data-testid="layer-params">
                {formatCount(layer.params, i18n.language)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={4}>{t('model.layers.total')}</td>
            <td className="num" data-testid="total-params">
              {formatCount(totalParams, i18n.language)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
