/**
 * Hand labels for the concept cut-off sweep (sweep.ts): for each labelled glossary, the concept
 * words a reader would accept as naming a shared idea (good) and those that do not (bad: everyday
 * words, verbs, fragments, family names of terms). Only concepts that some swept value produces
 * need a label; `npm run sweep:concepts -- --list` shows which are still unlabelled.
 * Left out on purpose: the holdout fixtures and concepts/fixtures/untuned-en.md, which stay unseen
 * by any tuning so they can tell whether the cut-offs generalise.
 *
 * Good: a word or phrase of the field that says what the terms sharing it have in common (检索,
 * 位置编码, 'attention mechanism', 'quantization'). Bad: everyday words (文本, 输出, 'user',
 * 'text'), verbs and clauses (交给, 完成任务, 'enabling'), amounts and fragments (少量, 一组,
 * 'fraction'), and a word a curated concept already covers in another language.
 */

export interface SweepLabels {
  /** A glossary in this repository. */
  path: string
  /** Its curated concept file, when the build uses one. */
  curated?: string
  good: string[]
  bad: string[]
}

export const SWEEP_LABELS: SweepLabels[] = [
  {
    path: 'glossary/glossary.md',
    curated: 'glossary/concepts.txt',
    good: [
      '位置编码',
      '分布式',
      '分词',
      '归一化',
      '微调',
      '样本',
      '检索增强',
      '注意力',
      '激活函数',
      '神经网络',
      '策略',
      '语言模型',
    ],
    bad: [],
  },
  {
    path: 'lib/__fixtures__/shapes/zh-bullet-colon.md',
    good: ['接口', '检索', '片段', '采样', '额度'],
    bad: ['一段', '候选', '助手', '开放', '文本', '用户', '输入', '输出', '客户端', '对话', '文档', '身份'],
  },
  {
    path: 'lib/__fixtures__/shapes/zh-table-links.md',
    good: ['位置编码', '分词算法', '微调', '微调方法', '插值', '显存占用', '权重', '注意力'],
    bad: ['交给', '人工', '分数', '向量', '少量', '文本', '更新', '最小', '调用'],
  },
  {
    path: 'lib/__fixtures__/shapes/zh-bold-softbreak.md',
    good: ['参数', '权重'],
    bad: [
      '交给',
      '几乎所有',
      '图像',
      '学会',
      '提示',
      '文本',
      '格式',
      '海量',
      '程序',
      '语言',
      '输出',
      '听懂',
      '图片',
      '多半',
      '文字',
    ],
  },
  {
    path: 'lib/__fixtures__/shapes/zh-heading-letters.md',
    good: ['指令', '推理', '查询注意力', '检索', '注意力', '片段', '适配', '量化', '分词'],
    bad: [
      '一组',
      '切成',
      '完成任务',
      '提示',
      '文本',
      '调用',
      '输入',
      '交给',
      '文字',
      '最小',
      '步骤',
      '程序',
      '给出',
    ],
  },
  {
    path: 'lib/__fixtures__/shapes/en-bold-softbreak-groups.md',
    good: ['activation', 'gradient', 'inference', 'layer', 'logit', 'projection', 'query', 'sequence'],
    bad: ['fraction', 'input', 'text', 'output'],
  },
  {
    path: 'lib/__fixtures__/shapes/en-table-abbreviation.md',
    good: ['fp32', 'inference engine', 'int4', 'quantization', 'reward model', 'vocabulary', 'inference'],
    bad: ['text', 'token'],
  },
  {
    path: 'lib/__fixtures__/shapes/en-deflist.md',
    good: ['graph', 'keyword', 'neighbour', 'query', 'retrieval', 'similarity'],
    bad: ['output', 'text'],
  },
  {
    path: 'lib/__fixtures__/shapes/zh-table-nested-examples.md',
    good: ['并行', '延迟', '显存', '权重', '注意力', '激活', '缓存'],
    bad: ['token', '一次性', '提示', '格式', '请求', '输出'],
  },
  {
    path: 'lib/extractor/concepts/fixtures/en-llm.md',
    good: [
      'activation function',
      'attention mechanism',
      'embedding',
      'logit',
      'probability',
      'retrieval',
      'sampling',
      'subword tokenization',
      'vocabulary',
    ],
    // 'query' joins the attention sense (RoPE, Multi-Head Attention) and the search sense (Vector Database) here.
    bad: ['content', 'input', 'query', 'text', 'token', 'user', 'vector'],
  },
  {
    path: 'lib/extractor/concepts/fixtures/bilingual.md',
    good: [
      'query',
      'transformer',
      '参数高效微调',
      '序列',
      '归一化',
      '指令',
      '注意力',
      '激活函数',
      '矩阵',
      '分词',
    ],
    bad: ['normalization', 'user', '符号', '输入'],
  },
  {
    path: 'lib/__fixtures__/shapes/en-morphology-inflections.md',
    good: [],
    // 'error' is a measure (MAE), a bias and an HTTP reply here.
    bad: ['error', 'input', 'server'],
  },
  {
    path: 'lib/__fixtures__/shapes/zh-concepts-names.md',
    good: ['参数'],
    // 识别 only repeats the names 人脸识别, 语音识别, 车牌识别, 手写识别.
    bad: ['文字', '答案', '给出', '自动', '识别', '输入'],
  },
  {
    path: 'lib/__fixtures__/shapes/en-concepts-verbs.md',
    good: ['borrower', 'lender', 'repayment'],
    bad: [],
  },
  {
    path: 'lib/__fixtures__/shapes/mixed-links-anchors.md',
    good: ['activation function', 'layer', 'training step'],
    bad: ['input', 'output'],
  },
  {
    path: 'lib/__fixtures__/shapes/zh-plain-colon.md',
    good: ['参数', '损失', '样本'],
    bad: ['所用', '更新', '用来', '给出预测', '请求', '输出'],
  },
  { path: 'lib/__fixtures__/shapes/en-plain-pairs.md', good: [], bad: ['text'] },
  {
    path: 'lib/__fixtures__/shapes/zh-heading-fields.md',
    good: ['微调', '显存'],
    bad: ['交给模型', '打分', '数值', '文字'],
  },
  { path: 'lib/__fixtures__/shapes/en-hugo-attributes.md', good: [], bad: ['output'] },
  { path: 'lib/__fixtures__/shapes/zh-html-blocks.md', good: ['推理', '权重'], bad: ['占用', '请求'] },
  { path: 'lib/__fixtures__/shapes/en-heading-related.md', good: ['cpus', 'training job'], bad: ['region'] },
  {
    path: 'lib/__fixtures__/shapes/zh-same-term-twice.md',
    good: ['参数', '距离'],
    bad: ['交给', '对话', '文字', '程序'],
  },
]
