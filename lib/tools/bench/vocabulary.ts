/**
 * Word lists for the synthetic glossary generator: English domain words with the Chinese
 * morpheme each translates to (so an expansion and its gloss agree, as in the real glossary),
 * shared concept phrases, organisations and definition templates.
 */

/** [English word, Chinese morpheme]. The Chinese side builds glosses such as 稀疏门控注意力. */
// prettier-ignore
export const MORPHEMES: ReadonlyArray<readonly [string, string]> = [
  ['Sparse', '稀疏'], ['Gated', '门控'], ['Attention', '注意力'], ['Rotary', '旋转'], ['Position', '位置'],
  ['Embedding', '嵌入'], ['Quantization', '量化'], ['Retrieval', '检索'], ['Augmented', '增强'],
  ['Normalization', '归一化'], ['Layer', '层'], ['Adaptive', '自适应'], ['Low-Rank', '低秩'], ['Mixture', '混合'],
  ['Experts', '专家'], ['Grouped', '分组'], ['Query', '查询'], ['Key', '键'], ['Value', '值'], ['Cache', '缓存'],
  ['Decoding', '解码'], ['Speculative', '投机'], ['Contrastive', '对比'], ['Preference', '偏好'],
  ['Optimization', '优化'], ['Policy', '策略'], ['Reward', '奖励'], ['Distillation', '蒸馏'], ['Pruning', '剪枝'],
  ['Tokenizer', '分词器'], ['Parallel', '并行'], ['Pipeline', '流水线'], ['Tensor', '张量'], ['Sequence', '序列'],
  ['Memory', '内存'], ['Efficient', '高效'], ['Prompt', '提示'], ['Instruction', '指令'], ['Tuning', '调优'],
  ['Dense', '稠密'], ['Passage', '段落'], ['Vector', '向量'], ['Index', '索引'], ['Graph', '图'],
  ['Hierarchical', '层次'], ['Recurrent', '循环'], ['State', '状态'], ['Kernel', '核'], ['Fused', '融合'],
  ['Mixed', '混合精度'], ['Gradient', '梯度'], ['Checkpointing', '检查点'], ['Offload', '卸载'], ['Sharding', '分片'],
  ['Scaling', '缩放'], ['Temperature', '温度'], ['Sampling', '采样'], ['Beam', '束'], ['Nucleus', '核采样'],
  ['Reasoning', '推理'], ['Agent', '智能体'], ['Tool', '工具调用'], ['Multimodal', '多模态'], ['Vision', '视觉'],
  ['Bidirectional', '双向'], ['Causal', '因果'], ['Masked', '掩码'], ['Autoregressive', '自回归'],
  ['Diffusion', '扩散'], ['Latent', '隐式'], ['Residual', '残差'], ['Dropout', '丢弃'], ['Activation', '激活'],
  ['Softmax', '归一化指数'], ['Entropy', '熵'], ['Reinforcement', '强化'], ['Feedback', '反馈'], ['Direct', '直接'],
  ['Proximal', '近端'], ['Trust', '信赖'], ['Region', '域'], ['Window', '窗口'], ['Sliding', '滑动'],
  ['Linear', '线性'], ['Relative', '相对'], ['Bias', '偏置'], ['Head', '头'], ['Cross', '交叉'], ['Self', '自'],
  ['Alignment', '对齐'], ['Context', '上下文'], ['Long', '长'], ['Chunked', '分块'], ['Streaming', '流式'],
  ['Paged', '分页'], ['Block', '块'], ['Router', '路由'], ['Expert', '专家'], ['Weight', '权重'], ['Decay', '衰减'],
  ['Warmup', '预热'], ['Schedule', '调度'], ['Curriculum', '课程'], ['Synthetic', '合成'], ['Data', '数据'],
  ['Filtering', '过滤'], ['Deduplication', '去重'], ['Evaluation', '评测'], ['Benchmark', '基准'],
  ['Calibration', '校准'], ['Uncertainty', '不确定性'], ['Hallucination', '幻觉'], ['Grounding', '落地'],
  ['Compression', '压缩'], ['Adapter', '适配器'], ['Prefix', '前缀'], ['Soft', '软'], ['Hard', '硬'],
  ['Token', '词元'], ['Merging', '合并'], ['Vocabulary', '词表'], ['Byte', '字节'], ['Level', '级'],
  ['Flash', '闪存'], ['Ring', '环形'], ['Zero', '零'], ['Redundancy', '冗余'], ['Stage', '阶段'],
]

/** Concept words definitions share: segmented by jieba, they become the concept nodes. */
// prettier-ignore
export const CONCEPT_WORDS: readonly string[] = [
  '注意力', '归一化', '量化', '检索增强', '位置编码', '激活函数', '分布式训练', '强化学习', '微调', '推理加速',
  '稀疏化', '知识蒸馏', '模型剪枝', '向量检索', '分词', '对齐', '长上下文', '混合专家', '张量并行', '流水线并行',
  '显存占用', '梯度累积', '学习率', '损失函数', '交叉熵', '语言模型', '神经网络', '预训练', '指令跟随', '思维链',
  '奖励模型', '偏好数据', '词向量', '文本生成', '序列建模', '多模态', '图像编码', '语音识别', '知识图谱', '问答系统',
  '召回率', '准确率', '困惑度', '上下文窗口', '缓存命中', '批处理', '吞吐量', '延迟', '参数效率', '低秩分解',
]

// prettier-ignore
export const ORGANISATIONS: readonly string[] = [
  '谷歌', '微软', 'Meta', 'OpenAI', '智源', '清华大学', '斯坦福', 'DeepMind', '阿里', '百度', 'Anthropic', '华为',
]

// prettier-ignore
export const BENEFITS: readonly string[] = [
  '降低显存占用', '提高推理速度', '减少计算量', '提升长文本效果', '改善训练稳定性', '减少幻觉', '提高召回率',
  '节省通信开销', '加快收敛', '提升泛化能力',
]

/** Definition templates. {c} concept word, {r} a reference to another term, {o} organisation, {b} benefit. */
export const TEMPLATES: readonly string[] = [
  '一种{c}方法',
  '一种基于{c}的{c}技术，用于{b}',
  '基于{r}改进的{c}机制，可以{b}',
  '{o}提出的{c}算法，与{r}相比能够{b}',
  '在{r}的基础上引入{c}，{b}',
  '{o}开源的{c}框架，支持{r}和{c}',
  '通过{c}和{c}来{b}，常与{r}一起使用',
  '对{r}的输出做{c}，用于{c}场景',
  '是{c}中的常用技术，结合{r}和{r}以{b}',
  'a {e} method built on {r}, used for {c}',
]

/** English concept phrases, for the occasional English definition. */
export const ENGLISH_CONCEPTS: readonly string[] = [
  'attention',
  'normalization',
  'quantization',
  'retrieval augmentation',
  'position encoding',
  'fine-tuning',
  'policy optimization',
  'distributed training',
  'tokenization',
  'language model',
]
