import { describe, expect, it } from 'vitest'
import { parseMarkdown } from './markdown'

const doc = (body: string): string => `# 术语表\n\n## A\n\n${body}\n`

describe('parseMarkdown', () => {
  it.each([
    ['continuation line joins without a space in Chinese', '- ABC，第一行\n  第二行', 'ABC，第一行第二行'],
    [
      'continuation line joins with a space in English',
      '- ABC, first line\n  second line',
      'ABC, first line second line',
    ],
    ['inline code keeps its text', '- ABC，把`logits`变成概率', 'ABC，把logits变成概率'],
    ['bold and emphasis are unwrapped', '- ABC，计算**梯度**和*损失*', 'ABC，计算梯度和损失'],
    [
      'a link keeps its address',
      '- ABC，见[论文](https://example.org/p)',
      'ABC，见论文（https://example.org/p）',
    ],
    ['formatting HTML is dropped, its text kept', '- ABC，H<sub>2</sub>O', 'ABC，H2O'],
    [
      'other HTML stays as characters',
      '- ABC，<img src=x onerror=alert(1)>',
      'ABC，<img src=x onerror=alert(1)>',
    ],
    [
      'nested bullets join the parent entry',
      '- ABC，父条目\n  - 子项一\n  - 子项二',
      'ABC，父条目；子项一；子项二',
    ],
  ])('%s', (_name, body, text) => {
    const { entries } = parseMarkdown(doc(body))
    expect(entries.map((e) => e.text)).toEqual([text])
  })

  it('skips empty bullets and non-term sections, and records lines and letters', () => {
    const { title, entries } = parseMarkdown(
      '# 术语表\n\n## B\n\n- \n- BPE，分词\n\n## C\n\n- CNN，卷积\n\n# 注释\n\n- 这不是术语\n',
    )
    expect(title).toBe('术语表')
    expect(entries).toEqual([
      { text: 'BPE，分词', line: 6, section: 'B' },
      { text: 'CNN，卷积', line: 10, section: 'C' },
    ])
  })
})
