import nextVitals from 'eslint-config-next/core-web-vitals'
import tseslint from 'typescript-eslint'

const config = [
  {
    ignores: [
      '.next/**',
      'out/**',
      'out-fixture/**',
      'out-map/**',
      'node_modules/**',
      'next-env.d.ts',
      'scratch/**',
      'public/**',
      'test-results/**',
      'playwright-report/**',
      'bench/.tmp/**',
      'lib/tools/bench/.tmp/**',
      'lib/extractor/.dist/**',
    ],
  },
  ...nextVitals,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
    },
  },
  {
    // The browser side never pulls in the build-time pipeline (jieba, remark, layout).
    files: ['app/**', 'lib/explorer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/extractor', '**/extractor/**', '@/lib/extractor', '@/lib/extractor/**'],
              message:
                'app/ and lib/explorer/ run in the browser: import from lib/format/ or lib/explorer/, never lib/extractor/.',
            },
          ],
        },
      ],
    },
  },
]

export default config
